package vn.congan.ceremony.print.certificate;

import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.ui.PortalI18nProvider;

/** A refusal as a Vietnamese user reads it, for plain tests without a UI. */
final class VietnameseMessages {

    private static final PortalI18nProvider I18N = new PortalI18nProvider();

    private VietnameseMessages() {
    }

    static String of(Throwable e) {
        UserMessageException refusal = (UserMessageException) e;
        return I18N.getTranslation(refusal.getMessageKey(), PortalI18nProvider.VIETNAMESE,
                refusal.getArguments(t -> I18N.getTranslation(t.key(), PortalI18nProvider.VIETNAMESE, t.arguments())));
    }
}
