FROM alpine:3.19
RUN wget -qO- https://example.com/x.tgz | tar xz
