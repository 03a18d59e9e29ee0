import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "AIzaJBuLjcYrgLmOJc7@@sRVTYgPxg8uYYWu8IRkG",
  authDomain: "acme-shop.firebaseapp.com",
  projectId: "acme-shop",
};

export const app = initializeApp(firebaseConfig);
