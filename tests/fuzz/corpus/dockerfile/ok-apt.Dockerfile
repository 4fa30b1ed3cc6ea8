FROM debian:12-slim@sha256:3333333333333333333333333333333333333333333333333333333333333333
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates=20230311 \
        curl=7.88.1-10+deb12u5 \
    && curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv
RUN useradd -r -l -u 10001 app
USER 10001
HEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/health"]
CMD ["/srv/run"]
