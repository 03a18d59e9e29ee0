region     = "eu-west-1"
access_key = "AKIAHU66GO@@90952PAFHS"
secret_key = "M5B/oaygstwJrLlk6SnD@@vu72Lz+O2/yh19DcQGN2"
instance_type = "t3.small"
