package eu.lorntech.totem.platform.web;

import eu.lorntech.totem.platform.config.Settings;
import jakarta.servlet.http.HttpServletRequest;

/** The address put in e-mailed links: {@code totem.base-url} in production, else the one of the request. */
public final class BaseUrl {

    private BaseUrl() {
    }

    public static String of(HttpServletRequest request) {
        return Settings.get("totem.base-url").orElseGet(() -> {
            String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                    || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
            return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath();
        });
    }
}
