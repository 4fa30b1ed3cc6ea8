FROM alpine:3.19
RUN ps aux
