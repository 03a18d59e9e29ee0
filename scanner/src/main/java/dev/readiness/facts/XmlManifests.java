package dev.readiness.facts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** pom.xml and MSBuild project files, parsed with external entities and DTDs disabled. */
final class XmlManifests {
  private XmlManifests() {}

  static Document parse(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder builder = f.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static void pom(ManifestBuilder b, String text) throws Exception {
    Element project = parse(text).getDocumentElement();
    b.name = childText(project, "artifactId");
    String packaging = childText(project, "packaging");
    if (!packaging.isEmpty()) {
      b.sections.add("packaging:" + packaging);
    }
    for (Element module : descendants(project, "module")) {
      b.members.add(module.getTextContent().trim());
    }
    for (Element dep : descendants(project, "dependency")) {
      boolean managed = hasAncestor(dep, "dependencyManagement");
      String coordinates = childText(dep, "groupId") + ":" + childText(dep, "artifactId");
      if (managed) {
        b.sections.add("dependencyManagement");
        if ("import".equals(childText(dep, "scope"))) {
          b.sections.add("bom-import");
        }
      } else if ("test".equals(childText(dep, "scope"))) {
        b.devDependency(coordinates, childText(dep, "version"));
      } else {
        b.dependency(coordinates, childText(dep, "version"));
      }
    }
    for (Element plugin : descendants(project, "plugin")) {
      String group = childText(plugin, "groupId");
      b.plugins.add(
          (group.isEmpty() ? "org.apache.maven.plugins" : group)
              + ":"
              + childText(plugin, "artifactId"));
    }
    if (!descendants(project, "parent").isEmpty()) {
      b.sections.add("parent");
    }
  }

  static void dotnet(ManifestBuilder b, String text) throws Exception {
    Element project = parse(text).getDocumentElement();
    String sdk = project.getAttribute("Sdk");
    if (!sdk.isEmpty()) {
      b.sections.add("sdk:" + sdk);
    }
    for (Element ref : descendants(project, "PackageReference")) {
      b.dependency(ref.getAttribute("Include"), ref.getAttribute("Version"));
    }
    for (Element group : descendants(project, "PropertyGroup")) {
      NodeList children = group.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element prop) {
          b.sections.add("prop:" + prop.getTagName() + "=" + prop.getTextContent().trim());
        }
      }
    }
  }

  private static java.util.List<Element> descendants(Element root, String tag) {
    java.util.List<Element> out = new java.util.ArrayList<>();
    NodeList list = root.getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static boolean hasAncestor(Node node, String tag) {
    for (Node p = node.getParentNode(); p != null; p = p.getParentNode()) {
      if (p instanceof Element e && e.getTagName().equals(tag)) {
        return true;
      }
    }
    return false;
  }

  static String childText(Element parent, String tag) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent().trim();
      }
    }
    return "";
  }
}
