package vn.camau.egov.document.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.document.application.DocumentQuery;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.document.application.DocumentSummary;
import vn.camau.egov.document.application.DocumentTray;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.web.CurrentUser;
import vn.camau.egov.shared.web.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * workspace/documents.xhtml: the caller's work lists (?tray=...) and the register search
 * (?book=out|in&amp;q=&amp;number=&amp;from=&amp;to=), paged. Plain GET pages: a list can be bookmarked and
 * reloaded.
 */
@Named
@RequestScoped
public class DocumentLists {

    private static final int PAGE_SIZE = 20;

    @Inject
    private DocumentService documents;

    @Inject
    private CurrentUser user;

    @Inject
    private FacesContext faces;

    private DocumentTray tray;
    private boolean searching;
    private String book = "in";
    private String q;
    private String number;
    private String from;
    private String to;
    private int pageNumber;
    private Page<DocumentSummary> result;
    private Map<String, String> errors = Map.of();

    @PostConstruct
    void read() {
        Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
        pageNumber = parsePage(p.get("page"));
        searching = p.containsKey("book");
        if (searching) {
            book = "out".equals(p.get("book")) ? "out" : "in";
            q = p.get("q");
            number = p.get("number");
            from = p.get("from");
            to = p.get("to");
            search();
            return;
        }
        List<DocumentTray> mine = getTrays();
        tray = mine.isEmpty() ? null : mine.get(0);
        try {
            if (p.get("tray") != null) {
                DocumentTray asked = DocumentTray.valueOf(p.get("tray"));
                tray = mine.contains(asked) ? asked : tray;
            }
        } catch (IllegalArgumentException e) {
            // the first list of the caller's
        }
        if (tray != null) {
            result = documents.tray(tray, new PageRequest(pageNumber, PAGE_SIZE));
        }
    }

    private void search() {
        try {
            Integer n = number == null || number.isBlank() ? null : Integer.valueOf(number.strip());
            result = documents.search(new DocumentQuery("out".equals(book), n, q, date(from), date(to)),
                    new PageRequest(pageNumber, PAGE_SIZE));
        } catch (NumberFormatException e) {
            errors = Map.of("number", Messages.text("documents.number.invalid"));
        } catch (DateTimeParseException e) {
            errors = Map.of("to", Messages.text("documents.date.invalid"));
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        }
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    private static int parsePage(String s) {
        try {
            return s == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The work lists of the caller's roles, in the order they act. */
    public List<DocumentTray> getTrays() {
        List<DocumentTray> trays = new ArrayList<>();
        boolean specialist = user.hasRole(Roles.SPECIALIST);
        boolean leader = user.hasRole(Roles.LEADER);
        boolean clerk = user.hasRole(Roles.CLERK);
        if (clerk) {
            trays.add(DocumentTray.ARRIVED);
            trays.add(DocumentTray.TO_ISSUE);
        }
        if (leader) {
            trays.add(DocumentTray.TO_APPROVE);
            trays.add(DocumentTray.TO_ASSIGN);
        }
        if (specialist || leader) {
            trays.add(DocumentTray.MINE);
            trays.add(DocumentTray.MY_DRAFTS);
        }
        if (specialist || leader || clerk) {
            trays.add(DocumentTray.OVERDUE);
        }
        return trays;
    }

    public String link(DocumentSummary d) {
        return (d.outgoing() ? "outgoing.xhtml?id=" : "incoming.xhtml?id=") + d.id();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public DocumentTray getTray() {
        return tray;
    }

    public boolean isSearching() {
        return searching;
    }

    public Page<DocumentSummary> getResult() {
        return result;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public String getBook() {
        return book;
    }

    public String getQ() {
        return q;
    }

    public String getNumber() {
        return number;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    /** The query string of the current list, without the page, for the pager's links. */
    public String getQuery() {
        if (!searching) {
            return tray == null ? "" : "tray=" + tray.name();
        }
        return "book=" + book + "&q=" + enc(q) + "&number=" + enc(number) + "&from=" + enc(from) + "&to=" + enc(to);
    }

    private static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
