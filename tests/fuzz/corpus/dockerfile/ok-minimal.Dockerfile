# syntax=docker/dockerfile:1
FROM python:3.12-slim@sha256:0000000000000000000000000000000000000000000000000000000000000000
WORKDIR /app
COPY requirements.txt /app/
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py /app/
USER 10001:10001
HEALTHCHECK --interval=30s CMD ["python", "-c", "import sys; sys.exit(0)"]
ENTRYPOINT ["python", "/app/app.py"]
