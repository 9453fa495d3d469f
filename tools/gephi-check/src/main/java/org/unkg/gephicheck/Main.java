package org.unkg.gephicheck;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports a GEXF or GraphML file the way the Gephi desktop app does (ImportController picks the
 * importer from the extension, DefaultProcessor appends the container to a fresh workspace) and
 * prints, as one JSON object on stdout, what Gephi ended up with: counts, attribute columns,
 * edge kinds, importer issues. Exit code 0 when the import ran, 1 when Gephi refused the file.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: gephi-check <file.gexf|file.graphml>");
      System.exit(2);
    }
    // Gephi logs through java.util.logging; keep stdout clean for the JSON.
    Logger.getLogger("").setLevel(Level.SEVERE);
    File file = new File(args[0]).getAbsoluteFile();

    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();

    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(file);
    if (container == null) {
      System.out.println("{\"file\":" + quote(file.getPath()) + ",\"error\":\"Gephi has no importer for this file or failed to read it\"}");
      System.exit(1);
    }
    Collection<Issue> issues = container.getReport().getIssuesList(1000);
    importer.process(container, new DefaultProcessor(), workspace);

    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph graph = model.getGraph();
    System.out.println(describe(file, model, graph, issues));
    System.exit(0);
  }

  private static String describe(File file, GraphModel model, Graph graph, Collection<Issue> issues) {
    StringBuilder json = new StringBuilder("{");
    json.append("\"file\":").append(quote(file.getPath()));
    json.append(",\"nodes\":").append(graph.getNodeCount());
    json.append(",\"edges\":").append(graph.getEdgeCount());
    json.append(",\"directed\":").append(model.isDirected());
    json.append(",\"mixed\":").append(model.isMixed());
    json.append(",\"nodeColumns\":").append(columns(model.getNodeTable()));
    json.append(",\"edgeColumns\":").append(columns(model.getEdgeTable()));
    json.append(",\"nodeKinds\":").append(counts(valuesOf(graph.getNodes().toCollection(), kindColumn(model.getNodeTable()))));
    json.append(",\"edgeKinds\":").append(counts(valuesOf(graph.getEdges().toCollection(), kindColumn(model.getEdgeTable()))));
    List<Object> typeLabels = new ArrayList<>();
    for (Object label : model.getEdgeTypeLabels()) typeLabels.add(label == null ? "null" : label);
    json.append(",\"edgeTypeLabels\":").append(strings(typeLabels));
    json.append(",\"totalWeight\":").append(totalWeight(graph));
    json.append(",\"nodesWithLabel\":").append(nodesWithLabel(graph));
    json.append(",\"nodeColors\":").append(distinctColors(graph));
    json.append(",\"nodesPositioned\":").append(nodesPositioned(graph));
    json.append(",\"issues\":[");
    boolean first = true;
    for (Issue issue : issues) {
      if (!first) json.append(',');
      first = false;
      json.append("{\"level\":").append(quote(issue.getLevel().toString()))
          .append(",\"message\":").append(quote(String.valueOf(issue.getMessage()))).append('}');
    }
    return json.append("]}").toString();
  }

  /** Every attribute column with its Java type; `property` marks Gephi's built-ins (Id, Label, Weight…). */
  private static String columns(Table table) {
    StringBuilder json = new StringBuilder("[");
    boolean first = true;
    for (Column column : table) {
      if (!first) json.append(',');
      first = false;
      json.append("{\"id\":").append(quote(column.getId()))
          .append(",\"title\":").append(quote(column.getTitle()))
          .append(",\"type\":").append(quote(column.getTypeClass().getSimpleName()))
          .append(",\"property\":").append(column.isProperty()).append('}');
    }
    return json.append(']').toString();
  }

  /** The `kind` column: GEXF columns take the attribute id, GraphML ones the key id (n3), so match the title too. */
  private static Column kindColumn(Table table) {
    for (Column column : table) {
      if (column.getId().equals("kind") || column.getTitle().equals("kind")) return column;
    }
    return null;
  }

  private static Map<String, Integer> valuesOf(Collection<? extends org.gephi.graph.api.Element> elements, Column column) {
    Map<String, Integer> counts = new TreeMap<>();
    for (org.gephi.graph.api.Element element : elements) {
      Object value = column == null ? null : element.getAttribute(column);
      counts.merge(value == null ? "(none)" : value.toString(), 1, Integer::sum);
    }
    return counts;
  }

  private static double totalWeight(Graph graph) {
    double total = 0;
    for (Edge edge : graph.getEdges()) total += edge.getWeight();
    return total;
  }

  private static int nodesWithLabel(Graph graph) {
    int count = 0;
    for (Node node : graph.getNodes()) if (node.getLabel() != null && !node.getLabel().isEmpty()) count++;
    return count;
  }

  private static int distinctColors(Graph graph) {
    java.util.Set<Integer> colors = new java.util.HashSet<>();
    for (Node node : graph.getNodes()) colors.add(node.getColor().getRGB());
    return colors.size();
  }

  private static int nodesPositioned(Graph graph) {
    int count = 0;
    for (Node node : graph.getNodes()) if (node.x() != 0f || node.y() != 0f) count++;
    return count;
  }

  private static String counts(Map<String, Integer> counts) {
    StringBuilder json = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (!first) json.append(',');
      first = false;
      json.append(quote(entry.getKey())).append(':').append(entry.getValue());
    }
    return json.append('}').toString();
  }

  private static String strings(List<Object> values) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) json.append(',');
      json.append(quote(values.get(i).toString()));
    }
    return json.append(']').toString();
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
