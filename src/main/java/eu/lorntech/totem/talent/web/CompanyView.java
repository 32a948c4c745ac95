package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Offers;
import eu.lorntech.totem.talent.entity.Sector;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A partner company's page: what it says of itself, and its offers with their applicants. */
@Named
@ViewScoped
public class CompanyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    Offers offers;

    private Offers.Company company;
    private List<Offers.Posted> posted = List.of();
    private Map<String, String> countryLabels = Map.of();
    private String sector;
    private String country;
    private String commune;
    private String website;
    private String about;

    /** Called by the view action. */
    public void load() {
        countryLabels = TalentLabels.countries(currentLocale.getLocale());
        show(offers.myCompany());
        posted = offers.myOffers();
    }

    private void show(Offers.Company c) {
        company = c;
        sector = c.sector();
        country = c.country();
        commune = c.commune();
        website = c.website();
        about = c.about();
    }

    public void save() {
        show(offers.describeMyCompany(sector, country, commune, website, about));
        FacesMessages.info("offer.company.saved");
    }

    public Offers.Company getCompany() {
        return company;
    }

    public List<Offers.Posted> getPosted() {
        return posted;
    }

    public List<String> getSectors() {
        return Arrays.stream(Sector.values()).map(Enum::name).toList();
    }

    public Map<String, String> getCountryLabels() {
        return countryLabels;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }
}
