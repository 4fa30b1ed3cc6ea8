FROM node:20-alpine
RUN yarn install --frozen-lockfile
