package org.parley.proposal;

public record NewThread(String title, String article, Boolean economic) {
}
