package eu.lorntech.totem.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The "page expired" page's link back: only to a page of Totem itself, never elsewhere. */
@Named
@RequestScoped
public class ExpiredView {

    @Inject
    HttpServletRequest request;

    public String getBack() {
        String page = request.getParameter("page");
        boolean ours = page != null && page.matches("/[A-Za-z0-9_/-]+\\.xhtml") && !page.contains("//") && !page.startsWith("/WEB-INF");
        return request.getContextPath() + (ours ? page : "/");
    }
}
