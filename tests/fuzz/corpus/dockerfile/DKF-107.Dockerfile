FROM ubuntu:latest
