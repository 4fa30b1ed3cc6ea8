FROM alpine:3.19
