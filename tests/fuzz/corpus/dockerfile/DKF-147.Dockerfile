FROM alpine:3.19
RUN wget https://example.com/file.tgz
