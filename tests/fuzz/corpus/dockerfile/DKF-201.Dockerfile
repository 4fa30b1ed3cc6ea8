FROM alpine:3.19
RUN wget -q https://example.com/a
RUN curl -fsSLo b https://example.com/b
