FROM alpine:3.19 AS build
COPY --from=build /a /b
