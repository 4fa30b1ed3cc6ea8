# syntax=docker/dockerfile:1.6
# escape=`
ARG BASE=debian:12 VERSION
FROM --platform=$BUILDPLATFORM ${BASE:-alpine} AS Build
ENV PATH=/opt/bin:$PATH HOME="/root dir" \
    LEGACY value with spaces
RUN --mount=type=cache,target=/var/cache/apt --mount=type=secret,id=tok `
    apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 `
    && rm -rf /var/lib/apt/lists/*
RUN <<EOF1 bash -ex
set -e
echo "$HOME" > /x
EOF1
COPY --chown=1000:1000 --from=build <<-"EOT" /etc/conf
	literal $VAR
	EOT
ONBUILD RUN echo ${VERSION:+set} ${MISSING-default}
FROM build
USER 1000:1000
HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]
ENTRYPOINT ["/bin/app", "--flag"]
