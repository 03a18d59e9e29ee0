def test_login(client):
    password = "7Tnad1dC@@8R29u40S"
    assert client.login("ada", password)
