#include "indexer/formats/read_html.h"

#include <memory>

#include <gumbo.h>

namespace letterbox {
namespace {

// Elements whose content is not the page's text: code, styling, and the
// site's own chrome around the document.
bool is_skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEAD: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_FORM: case GUMBO_TAG_ASIDE:
      return true;
    default:
      return false;
  }
}

// Elements that start a line of their own.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_TR:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Paragraph-like blocks are set apart by a blank line, as letters are.
bool is_paragraph(GumboTag tag) {
  return tag == GUMBO_TAG_P || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) || tag == GUMBO_TAG_ADDRESS ||
         tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
}

bool attribute_mentions(const GumboElement& element, const char* name, std::string_view word) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  return attribute != nullptr && std::string_view(attribute->value).find(word) != std::string_view::npos;
}

// Site navigation marked by role or by the names sites give it.
bool is_navigation(const GumboElement& element) {
  if (attribute_mentions(element, "role", "navigation")) return true;
  for (const char* attribute : {"class", "id"})
    for (std::string_view word : {"breadcrumb", "navbar", "cookie", "skip-link"})
      if (attribute_mentions(element, attribute, word)) return true;
  return false;
}

class TextCollector {
 public:
  void node(const GumboNode& node) {
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_CDATA || node.type == GUMBO_NODE_WHITESPACE) {
      words(node.v.text.text);
    } else if (node.type == GUMBO_NODE_ELEMENT) {
      element(node.v.element);
    }
  }
  std::string take() {
    while (!text_.empty() && (text_.back() == '\n' || text_.back() == ' ')) text_.pop_back();
    return std::move(text_);
  }

 private:
  void element(const GumboElement& element) {
    if (is_skipped(element.tag) || is_navigation(element)) return;
    const bool block = is_block(element.tag);
    const bool paragraph = is_paragraph(element.tag);
    if (block) line_break(paragraph);
    const bool preformatted = element.tag == GUMBO_TAG_PRE;
    if (preformatted) ++pre_depth_;
    for (unsigned i = 0; i < element.children.length; ++i)
      node(*static_cast<const GumboNode*>(element.children.data[i]));
    if (preformatted) --pre_depth_;
    if (block) line_break(paragraph);
  }

  // HTML collapses runs of whitespace into one space, except in <pre>.
  void words(std::string_view text) {
    for (const char ch : text) {
      const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
      if (pre_depth_ > 0 || !space) {
        text_ += ch;
      } else if (!text_.empty() && text_.back() != ' ' && text_.back() != '\n') {
        text_ += ' ';
      }
    }
  }

  void line_break(bool blank_line) {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    if (text_.empty()) return;
    const std::size_t wanted = blank_line ? 2 : 1;
    std::size_t have = 0;
    for (auto it = text_.rbegin(); it != text_.rend() && *it == '\n'; ++it) ++have;
    text_.append(wanted > have ? wanted - have : 0, '\n');
  }

  std::string text_;
  int pre_depth_ = 0;
};

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (!space) out += ch;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const GumboNode* find_title(const GumboNode& node) {
  if (node.type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node.v.element.tag == GUMBO_TAG_TITLE) return &node;
  for (unsigned i = 0; i < node.v.element.children.length; ++i)
    if (const GumboNode* found = find_title(*static_cast<const GumboNode*>(node.v.element.children.data[i])))
      return found;
  return nullptr;
}

std::string title_text(const GumboNode* title) {
  if (title == nullptr) return "";
  std::string text;
  for (unsigned i = 0; i < title->v.element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(title->v.element.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) text += child->v.text.text;
  }
  return collapse_spaces(text);
}

}  // namespace

HtmlText read_html(std::string_view utf8) {
  const std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size()),
      [](GumboOutput* parsed) { gumbo_destroy_output(&kGumboDefaultOptions, parsed); });
  HtmlText html;
  html.title = title_text(find_title(*output->root));
  TextCollector collector;
  collector.node(*output->root);
  html.text = collector.take();
  return html;
}

}  // namespace letterbox
