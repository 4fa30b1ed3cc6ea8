FROM alpine:3.19
FROBNICATE the thing
