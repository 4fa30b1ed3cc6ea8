FROM node:20-alpine
RUN npm install express
