package eu.lorntech.totem.platform.web;

import java.util.List;

/** Implemented by each module to add its pages to the main menu. */
public interface MenuContributor {
    List<MenuEntry> entries();
}
