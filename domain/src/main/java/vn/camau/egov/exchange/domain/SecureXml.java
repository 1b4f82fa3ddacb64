package vn.camau.egov.exchange.domain;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * XML read and written safely: no DTD at all (so no entity of any kind, internal or external), no
 * external access, no XInclude, bounded input size and nesting depth. Messages come from other
 * agencies' systems over the network; a parser that resolved entities would let a message read
 * the server's files or exhaust its memory.
 */
public final class SecureXml {

    /** The largest message read: attachments in base64 included (30 MB of files). */
    public static final int MAX_BYTES = 45 * 1024 * 1024;
    /** The deepest nesting read; edXML needs seven levels. */
    public static final int MAX_DEPTH = 40;

    /*
     * Configured once: looking a factory up (a service-loader scan of every jar the class loader
     * sees) and setting each feature (the JDK builds a parser to check each one) cost more than
     * the parse of a whole message. The JDK's own implementations, as the lookup found them. The
     * factories are not promised to be thread-safe, so a parser or serializer is taken under their lock.
     */
    private static final DocumentBuilderFactory PARSERS = parsers();
    private static final TransformerFactory SERIALIZERS = serializers();

    private SecureXml() {
    }

    public static Document parse(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new EdxmlException(EdxmlProblem.missing("Message"));
        }
        if (xml.length > MAX_BYTES) {
            throw new EdxmlException(EdxmlProblem.outOfRange("Message", "over " + MAX_BYTES + " bytes"));
        }
        try {
            DocumentBuilder builder = builder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new EdxmlException(EdxmlProblem.mismatch("Message", "not well-formed XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a safe configuration", e);
        }
    }

    public static Document newDocument() {
        try {
            return builder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] serialize(Document document) {
        try {
            Transformer t;
            synchronized (SERIALIZERS) {
                t = SERIALIZERS.newTransformer();
            }
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        synchronized (PARSERS) {
            return PARSERS.newDocumentBuilder();
        }
    }

    private static TransformerFactory serializers() {
        TransformerFactory tf = TransformerFactory.newDefaultInstance();
        try {
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK's XML serializer refuses a safe configuration", e);
        }
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return tf;
    }

    private static DocumentBuilderFactory parsers() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a safe configuration", e);
        }
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // the JDK's parser stops at this depth (jdk.xml.maxElementDepth)
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
        return f;
    }
}
