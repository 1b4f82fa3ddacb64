package vn.camau.egov.exchange.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.camau.egov.exchange.application.PeerDirectory;
import vn.camau.egov.exchange.application.PeerForm;
import vn.camau.egov.exchange.application.PeerView;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Uploads;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** workspace/exchange/peers.xhtml: the agency directory of the exchange, kept by the provincial administrator. */
@Named
@ViewScoped
public class PeersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeerDirectory peers;

    private String agencyId;
    private String name;
    private String address;
    private transient Part certificate;
    private Map<String, String> errors = new LinkedHashMap<>();

    public List<PeerView> getPeers() {
        return peers.list();
    }

    /** Fills the form with an agency, to change it. */
    public void edit(PeerView p) {
        agencyId = p.agencyId();
        name = p.name();
        address = p.address();
    }

    public void save() {
        errors = new LinkedHashMap<>();
        List<Upload> files = Uploads.of(certificate == null ? List.of() : List.of(certificate));
        try {
            peers.save(new PeerForm(agencyId, name, address, files.isEmpty() ? null : files.get(0).content()));
            Messages.info("peers.saved", agencyId);
            agencyId = null;
            name = null;
            address = null;
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, "peer");
        }
    }

    public void setActive(String which, boolean active) {
        try {
            peers.setActive(which, active);
            Messages.info(active ? "peers.activated" : "peers.deactivated", which);
        } catch (BusinessException e) {
            Messages.show(e, "peer");
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Part getCertificate() {
        return certificate;
    }

    public void setCertificate(Part certificate) {
        this.certificate = certificate;
    }
}
