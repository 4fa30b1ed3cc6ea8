FROM alpine:3.19
LABEL Com.Example.Bad_Key=1
