resource "aws_key_pair" "deploy" {
  key_name   = "deploy"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI9ka0ecooJ@@yASxxGyIbMR9vdhnJNUKwzsSB4GMdYEXZ9 deploy@acme"
}
