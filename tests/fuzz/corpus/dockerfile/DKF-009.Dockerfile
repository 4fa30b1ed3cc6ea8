FROM alpine:3.19
RUN chmod 777 /app
