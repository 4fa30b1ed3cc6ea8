FROM alpine:3.19
RUN curl -fsSL https://example.com/install.sh | sh
