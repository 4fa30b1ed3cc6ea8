FROM alpine:3.19
COPY --from=builder /out /app/
