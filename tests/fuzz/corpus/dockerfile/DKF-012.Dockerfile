FROM alpine:3.19
RUN apk add --allow-untrusted /tmp/pkg.apk
