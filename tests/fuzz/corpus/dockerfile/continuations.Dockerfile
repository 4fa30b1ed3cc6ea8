FROM scratch
RUN a \
  b \

# comment
  c
CMD [ "broken json
LABEL a=b "c d"=e
