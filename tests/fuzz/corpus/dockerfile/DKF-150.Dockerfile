FROM alpine:3.19
LABEL org.opencontainers.image.source="https://example.org/x" extra="yes"
