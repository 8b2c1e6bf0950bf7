#include "tests/formats/fixtures.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sstream>
#include <stdexcept>

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

namespace letterbox::testing {
namespace {

// A4 in points.
constexpr int kPageWidth = 595;
constexpr int kPageHeight = 842;

std::string pdf_string(std::string_view text) {
  std::string out = "(";
  for (const char ch : text) {
    if (ch == '(' || ch == ')' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + ")";
}

// Writes numbered objects and a correct cross-reference table.
class PdfWriter {
 public:
  int reserve() { return static_cast<int>(++count_); }
  void object(int number, const std::string& body) {
    if (offsets_.size() < static_cast<std::size_t>(number)) offsets_.resize(static_cast<std::size_t>(number));
    offsets_[static_cast<std::size_t>(number - 1)] = out_.size() + header().size();
    out_ += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
  }
  static std::string stream(const std::string& dictionary_entries, const std::string& data) {
    return "<< " + dictionary_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data +
           "\nendstream";
  }
  std::string finish(int root, int info) const {
    std::string pdf = header() + out_;
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(offsets_.size() + 1) + "\n0000000000 65535 f \n";
    for (const std::size_t offset : offsets_) {
      char line[24];
      std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
      pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(offsets_.size() + 1) + " /Root " + std::to_string(root) + " 0 R";
    if (info > 0) pdf += " /Info " + std::to_string(info) + " 0 R";
    pdf += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
  }

 private:
  static std::string header() { return "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"; }
  std::size_t count_ = 0;
  std::vector<std::size_t> offsets_;
  std::string out_;
};

std::string page_content(const std::vector<std::string>& lines) {
  std::string content = "BT /F1 10 Tf 13 TL 60 790 Td\n";
  for (const std::string& line : lines) content += pdf_string(line) + " '\n";
  return content + "ET";
}

// Writes page objects for the given contents, then the catalog; returns the root.
int finish_pages(PdfWriter& writer, const std::vector<std::pair<int, std::string>>& page_bodies, int pages_number) {
  std::string kids;
  for (const auto& [number, body] : page_bodies) {
    writer.object(number, body);
    kids += std::to_string(number) + " 0 R ";
  }
  writer.object(pages_number, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_bodies.size()) +
                                  " >>");
  const int root = writer.reserve();
  writer.object(root, "<< /Type /Catalog /Pages " + std::to_string(pages_number) + " 0 R >>");
  return root;
}

std::string media_box() { return "/MediaBox [0 0 " + std::to_string(kPageWidth) + " " + std::to_string(kPageHeight) + "]"; }

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};

}  // namespace

std::vector<std::vector<std::string>> paginate(std::string_view text, std::size_t lines_per_page) {
  std::vector<std::vector<std::string>> pages(1);
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) {
    if (pages.back().size() == lines_per_page) pages.emplace_back();
    pages.back().push_back(line);
  }
  return pages;
}

std::string text_pdf(const std::vector<std::vector<std::string>>& pages, const PdfInfo& info) {
  PdfWriter writer;
  const int pages_number = writer.reserve();
  const int font = writer.reserve();
  writer.object(font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  std::vector<std::pair<int, std::string>> page_bodies;
  for (const auto& lines : pages) {
    const int content = writer.reserve();
    writer.object(content, PdfWriter::stream("", page_content(lines)));
    const int page = writer.reserve();
    page_bodies.emplace_back(page, "<< /Type /Page /Parent " + std::to_string(pages_number) + " 0 R " + media_box() +
                                       " /Resources << /Font << /F1 " + std::to_string(font) +
                                       " 0 R >> >> /Contents " + std::to_string(content) + " 0 R >>");
  }
  const int info_number = writer.reserve();
  writer.object(info_number, "<< /Title " + pdf_string(info.title) + " /Author " + pdf_string(info.author) +
                                 (info.creation_date.empty() ? "" : " /CreationDate " + pdf_string(info.creation_date)) +
                                 " >>");
  const int root = finish_pages(writer, page_bodies, pages_number);
  return writer.finish(root, info_number);
}

GrayImage render_page(const std::string& pdf, int page_index, int dpi) {
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!document) throw std::runtime_error("test PDF does not open");
  std::unique_ptr<poppler::page> page(document->create_page(page_index));
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing);
  const poppler::image rendered = renderer.render_page(page.get(), dpi, dpi);
  GrayImage image{rendered.width(), rendered.height(), {}};
  for (int y = 0; y < image.height; ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(rendered.const_data()) + y * rendered.bytes_per_row();
    image.pixels.insert(image.pixels.end(), row, row + image.width);
  }
  return image;
}

std::string pgm(const GrayImage& image) {
  std::string out = "P5\n" + std::to_string(image.width) + " " + std::to_string(image.height) + "\n255\n";
  out.append(reinterpret_cast<const char*>(image.pixels.data()), image.pixels.size());
  return out;
}

std::string png(const GrayImage& image) {
  const std::string portable = pgm(image);
  std::unique_ptr<Pix, PixDeleter> pix(pixReadMem(reinterpret_cast<const l_uint8*>(portable.data()), portable.size()));
  if (!pix) throw std::runtime_error("leptonica cannot read the test PGM");
  l_uint8* data = nullptr;
  std::size_t size = 0;
  if (pixWriteMemPng(&data, &size, pix.get(), 0.0f) != 0) throw std::runtime_error("leptonica cannot write PNG");
  std::string out(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return out;
}

std::string image_pdf(const GrayImage& image, int dpi) {
  PdfWriter writer;
  const int pages_number = writer.reserve();
  const int xobject = writer.reserve();
  writer.object(xobject, PdfWriter::stream("/Type /XObject /Subtype /Image /Width " + std::to_string(image.width) +
                                               " /Height " + std::to_string(image.height) +
                                               " /ColorSpace /DeviceGray /BitsPerComponent 8",
                                           std::string(image.pixels.begin(), image.pixels.end())));
  const double width = image.width * 72.0 / dpi, height = image.height * 72.0 / dpi;
  const int content = writer.reserve();
  writer.object(content, PdfWriter::stream("", "q " + std::to_string(width) + " 0 0 " + std::to_string(height) +
                                                   " 0 0 cm /Im1 Do Q"));
  const int page = writer.reserve();
  const int root = finish_pages(
      writer,
      {{page, "<< /Type /Page /Parent " + std::to_string(pages_number) + " 0 R /MediaBox [0 0 " + std::to_string(width) +
                  " " + std::to_string(height) + "] /Resources << /XObject << /Im1 " + std::to_string(xobject) +
                  " 0 R >> >> /Contents " + std::to_string(content) + " 0 R >>"}},
      pages_number);
  return writer.finish(root, 0);
}

std::string base64(std::string_view bytes, std::size_t line_length) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t column = 0;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    unsigned value = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) value |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) value |= static_cast<unsigned char>(bytes[i + 2]);
    const std::size_t present = std::min<std::size_t>(3, bytes.size() - i);
    out += kAlphabet[(value >> 18) & 0x3F];
    out += kAlphabet[(value >> 12) & 0x3F];
    out += present > 1 ? kAlphabet[(value >> 6) & 0x3F] : '=';
    out += present > 2 ? kAlphabet[value & 0x3F] : '=';
    column += 4;
    if (column >= line_length) {
      out += "\r\n";
      column = 0;
    }
  }
  return out;
}

std::string birmingham_letter() {
  return "Edward Timpson MP\n"
         "Minister of State for Children and Families\n"
         "Sanctuary Buildings Great Smith Street Westminster London SW1P 3BT\n"
         "\n"
         "Councillor Sir Albert Bore\n"
         "Leader of Birmingham City Council\n"
         "The Council House\n"
         "Victoria Square\n"
         "Birmingham\n"
         "B1 1BB\n"
         "\n"
         "14 May 2014\n"
         "\n"
         "Dear Councillor Bore,\n"
         "\n"
         "BIRMINGHAM CITY COUNCIL: IMPROVEMENT NOTICE\n"
         "\n"
         "I am writing following the Ofsted inspection of services for children in\n"
         "Birmingham, which judged the Council's children's services to be inadequate.\n"
         "I have decided to issue an Improvement Notice to the Council and to appoint\n"
         "Lord Norman Warner as Children's Commissioner for Birmingham.\n"
         "\n"
         "The persistent failure to protect vulnerable children must end. I expect the\n"
         "Improvement Board to report to me every three months on progress against the\n"
         "targets in the Notice.\n"
         "\n"
         "Yours sincerely,\n"
         "\n"
         "Edward Timpson\n";
}

std::string doncaster_trust_letter() {
  return "Department for Education\n"
         "Sanctuary Buildings\n"
         "Great Smith Street\n"
         "London SW1P 3BT\n"
         "\n"
         "Ms Jo Miller\n"
         "Chief Executive\n"
         "Doncaster Metropolitan Borough Council\n"
         "Civic Office\n"
         "Waterdale\n"
         "Doncaster\n"
         "DN1 3BU\n"
         "\n"
         "                                                            2 October 2014\n"
         "\n"
         "Dear Ms Miller,\n"
         "\n"
         "DONCASTER CHILDREN'S SERVICES TRUST\n"
         "\n"
         "Thank you for your letter of 15 September about the new trust for children's\n"
         "social care in Doncaster. Ofsted judged the Council's services for children\n"
         "to be inadequate, and the trust will take them over from the Council.\n"
         "\n"
         "Yours sincerely,\n"
         "\n"
         "Edward Timpson MP\n"
         "Minister of State for Children and Families\n";
}

std::string cornwall_letter() {
  std::string letter =
      "Beverley Hughes MP\n"
      "Minister for Children, Young People and Families\n"
      "\n"
      "Mr Steve Hillier\n"
      "Director of Children's Services\n"
      "Cornwall County Council\n"
      "New County Hall\n"
      "Truro\n"
      "TR1 3AY\n"
      "\n"
      "21 November 2006\n"
      "\n"
      "Dear Mr Hillier,\n"
      "\n"
      "ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN IN CORNWALL\n"
      "\n"
      "I am writing about this year's annual performance assessment, in which\n"
      "Ofsted judged that the Council's services for children perform poorly.\n"
      "\n";
  // Enough paragraphs for a second page.
  for (int paragraph = 1; paragraph <= 4; ++paragraph)
    letter += "The Council should set out, in paragraph " + std::to_string(paragraph) +
              " of its plan, how it will\nimprove the safeguarding of children in Cornwall.\n\n";
  letter +=
      "I should like the improvement plan by the end of January, when the\n"
      "scrutiny panel meets at Lys Kernow in Truro.\n"
      "\n"
      "Yours sincerely,\n"
      "\n"
      "Beverley Hughes\n";
  return letter;
}

std::string rotherham_letter() {
  return "Councillor Chris Read\n"
         "Leader of the Council\n"
         "Rotherham Metropolitan Borough Council\n"
         "Riverside House\n"
         "Main Street\n"
         "Rotherham S60 1AE\n"
         "\n"
         "Rt Hon Nicky Morgan MP\n"
         "Secretary of State for Education\n"
         "Department for Education\n"
         "Sanctuary Buildings\n"
         "London SW1P 3BT\n"
         "\n"
         "9 March 2015\n"
         "\n"
         "Dear Secretary of State,\n"
         "\n"
         "COMMISSIONERS IN ROTHERHAM\n"
         "\n"
         "Thank you for meeting me last week. The Council welcomes the Commissioners\n"
         "and will work with them on the improvement of children's services.\n"
         "\n"
         "Yours sincerely,\n"
         "\n"
         "Chris Read\n";
}

std::string tower_hamlets_letter() {
  return "Robert Goodwill MP\n"
         "Minister of State for Children and Families\n"
         "\n"
         "Mr Will Tuckley\n"
         "Chief Executive\n"
         "London Borough of Tower Hamlets\n"
         "Mulberry Place\n"
         "London E14 2BG\n"
         "\n"
         "18 October 2017\n"
         "\n"
         "Dear Mr Tuckley,\n"
         "\n"
         "Following Ofsted's inspection, which judged children's services in Tower Hamlets\n"
         "to be inadequate, I have decided to issue an Improvement Notice.\n"
         "\n"
         "Yours sincerely,\n"
         "\n"
         "Robert Goodwill\n";
}

std::string web_page(std::string_view letter, std::string_view title) {
  // A paragraph per block of lines, its lines parted by <br>, as pages
  // publishing letters set address blocks.
  std::string body = "<p>";
  const auto pages = paginate(letter, static_cast<std::size_t>(-1));
  bool paragraph_open = false;
  for (const auto& line : pages.front()) {
    if (line.empty()) {
      if (paragraph_open) body += "</p>\n<p>";
      paragraph_open = false;
      continue;
    }
    body += (paragraph_open ? "<br>\n" : "") + line;
    paragraph_open = true;
  }
  body += "</p>";
  return "<!DOCTYPE html><html><head><title>" + std::string(title) +
         "</title><style>p { margin: 0 }</style><script>var analytics = 'cookie consent';</script></head><body>"
         "<nav><a href='/'>Home</a> <a href='/news'>News and communications</a></nav>"
         "<div class='breadcrumb'>GOV.UK &gt; Education</div><main>" +
         body + "</main><footer>Published by the Department</footer></body></html>";
}

}  // namespace letterbox::testing
