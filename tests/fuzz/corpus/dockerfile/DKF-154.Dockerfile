FROM alpine:3.19
LABEL org.opencontainers.image.licenses="Whatever-1.0"
