RUN echo first
FROM alpine:3.19
