package com.acme.maps;

/** Calls the geocoding API from the server. */
public final class Geocoder {
  private static final String API_KEY = "AIzahM3VNHtXNojIloU@@hgIB0g1BHMeCnPMso6Ez";

  private Geocoder() {}
}
