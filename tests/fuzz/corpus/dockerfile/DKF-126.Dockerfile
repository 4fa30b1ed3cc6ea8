FROM quay.io/evil/image:1.0
