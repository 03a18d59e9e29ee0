package oauth

const tokenURL = "https://oauth2.googleapis.com/token"
const passwordResetPath = "/account/password/reset"
