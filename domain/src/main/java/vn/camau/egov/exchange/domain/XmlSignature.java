package vn.camau.egov.exchange.domain;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The XML signature every message carries: enveloped, over the whole message (attachments
 * included), RSA-SHA256 with exclusive canonicalization, the signer's certificate in KeyInfo for
 * information. A receiver trusts only the certificate its peer directory holds for the sender, never
 * the one in the message.
 */
public final class XmlSignature {

    private static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    private XmlSignature() {
    }

    /** Signs the message in place: a ds:Signature becomes the root's last child (the certificate, if given, in KeyInfo). */
    public static void sign(Document xml, PrivateKey key, X509Certificate certificate) {
        // every namespace declared as an attribute, as it will be on the wire: canonicalization reads
        // the declarations, so one the serializer adds later would change what was signed
        xml.normalizeDocument();
        try {
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            Reference ref = f.newReference("", f.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo info = f.newSignedInfo(
                    f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    f.newSignatureMethod(RSA_SHA256, null), List.of(ref));
            KeyInfoFactory kif = f.getKeyInfoFactory();
            KeyInfo keyInfo = certificate == null ? null : kif.newKeyInfo(List.of(kif.newX509Data(List.of(certificate))));
            f.newXMLSignature(info, keyInfo).sign(new DOMSignContext(key, xml.getDocumentElement()));
        } catch (GeneralSecurityException | javax.xml.crypto.MarshalException | javax.xml.crypto.dsig.XMLSignatureException e) {
            throw new IllegalStateException("Cannot sign the message: " + e.getMessage(), e);
        }
    }

    /** What checking a message's signature found. */
    public enum Outcome { VALID, INVALID, UNSIGNED }

    /**
     * Checks the one signature of the whole message against the peer's certificate. The signature
     * must be enveloped and cover the whole document (reference URI ""), or it proves nothing.
     */
    public static Outcome verify(Document xml, PublicKey trusted) {
        NodeList signatures = xml.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() == 0) {
            return Outcome.UNSIGNED;
        }
        if (signatures.getLength() > 1 || signatures.item(0).getParentNode() != xml.getDocumentElement()) {
            return Outcome.INVALID;
        }
        try {
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            DOMValidateContext context = new DOMValidateContext(trusted, (Element) signatures.item(0));
            // no external references, no XSLT, no weak algorithms
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature signature = f.unmarshalXMLSignature(context);
            List<?> refs = signature.getSignedInfo().getReferences();
            if (refs.size() != 1 || !"".equals(((Reference) refs.get(0)).getURI())) {
                return Outcome.INVALID;
            }
            return signature.validate(context) ? Outcome.VALID : Outcome.INVALID;
        } catch (javax.xml.crypto.MarshalException | javax.xml.crypto.dsig.XMLSignatureException | RuntimeException e) {
            return Outcome.INVALID;
        }
    }

    /** Takes the signature off (after checking it), so the message reads as the standard has it. */
    public static void strip(Document xml) {
        NodeList signatures = xml.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        for (int i = signatures.getLength() - 1; i >= 0; i--) {
            signatures.item(i).getParentNode().removeChild(signatures.item(i));
        }
    }
}
