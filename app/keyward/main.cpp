#include "ConsoleApplication.h"

int main(int argc, char *argv[])
{
    return Keyward::ConsoleApplication::run(argc, argv);
}
