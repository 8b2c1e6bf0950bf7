// Documents the format tests make for themselves: a letter typeset to PDF,
// the same page rendered to an image (no text layer), a saved web page and
// e-mails, all from one plain-text letter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace letterbox::testing {

// A greyscale image, one byte per pixel.
struct GrayImage {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> pixels;
};

struct PdfInfo {
  std::string title;
  std::string author;
  std::string creation_date;  // PDF date, "D:20100101120000Z"
};

// A PDF with a text layer: each page's lines set in Helvetica, top to bottom.
std::string text_pdf(const std::vector<std::vector<std::string>>& pages, const PdfInfo& info = {});

// The lines of a text split into pages of at most lines_per_page lines.
std::vector<std::vector<std::string>> paginate(std::string_view text, std::size_t lines_per_page);

// One page of a PDF rendered by poppler, as a scanner would see it.
GrayImage render_page(const std::string& pdf, int page_index, int dpi);

// The image as a PGM file (leptonica reads it), and as a PDF with no text
// layer at all: what a scanned letter looks like.
std::string pgm(const GrayImage& image);
std::string png(const GrayImage& image);
std::string image_pdf(const GrayImage& image, int dpi);

std::string base64(std::string_view bytes, std::size_t line_length = 76);

// A Birmingham letter from a minister in 2014, in the usual layout.
std::string birmingham_letter();

// Letters in other layouts, for scans, PDFs, web pages and attachments:
// a departmental letterhead, the date set to the right and the minister
// signing at the foot (Doncaster, 2014);
std::string doncaster_trust_letter();
// two pages from a minister to a county council's director (Cornwall, 2006);
std::string cornwall_letter();
// a council leader writing to the Secretary of State (Rotherham, 2015);
std::string rotherham_letter();
// a minister's letter as published on a web page (Tower Hamlets, 2017).
std::string tower_hamlets_letter();

// A saved web page holding the letter's lines as paragraphs, with a
// title, a script, a style sheet and navigation around it.
std::string web_page(std::string_view letter, std::string_view title);

}  // namespace letterbox::testing
