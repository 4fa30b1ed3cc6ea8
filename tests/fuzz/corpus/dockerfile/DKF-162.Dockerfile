FROM golang:1.22-alpine
RUN go install golang.org/x/tools/gopls
