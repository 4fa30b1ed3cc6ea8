FROM alpine:3.19
LABEL org.opencontainers.image.source="not a url"
