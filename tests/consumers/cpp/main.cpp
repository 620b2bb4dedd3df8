// A C++17 consumer of the wrapper: summarizes the file named on the command line.
#include <precis/precis.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();
    precis::Summary summary = precis::Summarizer().summarize(text);
    if (!summary.ok()) {
        std::cerr << precis_status_name(summary.status) << "\n";
        return 1;
    }
    std::cout << "precis " << PRECIS_VERSION_STRING << " (C++): " << summary.sentences.size() << " sentences\n";
    std::cout << precis::Summarizer::join({text}, summary) << "\n";
    return 0;
}
