"""Django settings for the billing service."""

import os

DEBUG = False
ALLOWED_HOSTS = ["billing.internal"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "billing",
        "PASSWORD": "eJe4O24Hos@@dret79iQjZ",
    }
}

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
