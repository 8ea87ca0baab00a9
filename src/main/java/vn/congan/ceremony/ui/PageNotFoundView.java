package vn.congan.ceremony.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or that the user's role may not open (the access control answers
 * both the same way, so as not to reveal which pages exist): said in the user's language, inside
 * the portal's layout, with the way back to the overview.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return explain(this, event);
    }

    /** Fills {@code page} with the explanation; shared with {@link PageDeniedView}. */
    static int explain(VerticalLayout page, BeforeEnterEvent event) {
        page.removeAll();
        page.addClassName("page-not-found");
        H2 title = new H2(page.getTranslation("error.pageNotFound.title"));
        Paragraph text = new Paragraph(page.getTranslation("error.pageNotFound.text", "/" + event.getLocation().getPath()));
        text.setId("page-not-found-text");
        // the start page by its route, so that the shell (ui) depends on no feature's view
        Anchor back = new Anchor("./", page.getTranslation("error.pageNotFound.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("page-not-found-back");
        page.add(title, text, back);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
