import os

PASSWORD = os.environ["DB_PASSWORD"]
TOKEN = os.getenv("API_TOKEN", "")
