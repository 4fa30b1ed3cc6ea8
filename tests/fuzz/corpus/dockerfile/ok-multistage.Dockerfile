# syntax=docker/dockerfile:1.7
ARG GO_VERSION=1.22
FROM golang:${GO_VERSION}-alpine@sha256:1111111111111111111111111111111111111111111111111111111111111111 AS build
WORKDIR /src
RUN --mount=type=cache,target=/var/cache/apk apk add git=2.43.0-r0
COPY go.mod go.sum /src/
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
COPY . /src/
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot@sha256:2222222222222222222222222222222222222222222222222222222222222222
COPY --from=build /out/app /app
USER 65532:65532
HEALTHCHECK NONE
ENTRYPOINT ["/app"]
